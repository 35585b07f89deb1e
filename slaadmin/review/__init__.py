"""Review: structured diff between revisions (redline and approvals build on it)."""
