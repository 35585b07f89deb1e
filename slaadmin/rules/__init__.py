"""Validation: the rule engine, the model rules and the bilingual text checker."""
