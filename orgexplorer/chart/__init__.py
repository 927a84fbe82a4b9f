"""The chart: a pure tidy-tree layout (``layout``) and one QPainter renderer for every output."""
