"""The domain: models, catalogue, scoring, agreement checks and exchange files. No Qt here."""
