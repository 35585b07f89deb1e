"""Time: availability maths, maintenance windows, business-hours clocks."""
