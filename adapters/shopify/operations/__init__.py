"""The Admin GraphQL documents, one ``.graphql`` file each; see ``documents.load_document``."""
