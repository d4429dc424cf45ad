"""Use cases: validate input, run repository calls in one transaction, return domain objects."""
