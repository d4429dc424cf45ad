"""PLF Desktop: an offline tool for the people who facilitate professional learning communities."""

__version__ = "0.1.0"
