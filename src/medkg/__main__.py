"""``python -m medkg``: the ``medkg`` command, for environments whose scripts folder is not on PATH."""

from medkg.cli import main

if __name__ == "__main__":
    main()
