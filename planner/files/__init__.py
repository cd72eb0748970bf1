"""Where Skillmix keeps things on disk, and how it writes them: every output written whole or
not at all (``output``), the lock on an open plan (``lock``), the user's Skillmix folder
(``home``) and the crash log written there (``crash``).

The ground floor of the planner with the model: nothing here imports the rest of planner."""
