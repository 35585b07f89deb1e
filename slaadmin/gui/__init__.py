"""The Qt front end. Only this package imports PySide6; it calls the core for everything."""
