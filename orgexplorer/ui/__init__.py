"""Qt widgets and item models: thin adapters over the pure model."""
