"""provenance: check claims against source documents and tell who supports, repeats, or contradicts them."""

__version__ = "0.1.0"
