"""The course site's build machinery (MkDocs hooks)."""
