"""OrgExplorer: explore an organization's hierarchy, find units by function, print its chart."""

__version__ = "0.1.0"
