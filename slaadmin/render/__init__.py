"""Rendering: the annex text, and later PDF and signatures."""
