"""``python -m plf_desktop`` starts the same entry point as the ``plf-desktop`` command."""

from plf_desktop.app import main

raise SystemExit(main())
