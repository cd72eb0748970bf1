"""Charts drawn with pyqtgraph: a common base with copy/save, and the planner's charts."""
