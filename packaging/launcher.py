"""The frozen build's entry script: the same ``plf_desktop.app:main`` as ``plf-desktop``.

PyInstaller needs a script file; ``plf_desktop/__main__.py`` would do, but analysing a script that
lies inside the package puts ``plf_desktop/`` itself on the module search path.
"""

from plf_desktop.app import main

raise SystemExit(main())
