"""The PCN plan outside the engine: its JSON form (PCN JSON version 1) and where it is kept
(a ``.skillmix-pcn`` SQLite file or a PostgreSQL database), with revisions and conflicts."""
