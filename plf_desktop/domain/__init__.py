"""Qt-free, SQL-free domain objects and rules. Only the standard library is imported here."""
