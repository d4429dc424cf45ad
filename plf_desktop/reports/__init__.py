"""Printed documents: domain objects plus already translated labels in, an A4 PDF file out.

Only reportlab and the domain are imported here (no Qt, no storage), so every document can be
built and tested without a window or a database, and the CLI writes the same file as the GUI.
``house_style`` holds what every document shares: fonts, colours, styles, the page frame.
"""
