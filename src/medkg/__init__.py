"""medkg: curated Markdown awesome lists → an RDF bibliographic knowledge graph.

Importing the package is cheap on purpose (no heavy imports, no side effects):
the CLI's start-up time is part of the user experience.
"""

__version__ = "0.1.0"
