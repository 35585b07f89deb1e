"""Review: the change list between revisions in words (changes), redlines and their export."""
