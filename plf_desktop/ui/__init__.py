"""Everything that imports QtWidgets: the window, pages, item models, dialogs and widgets."""
