"""`python -m poems_tracker`: the same command line as `poems-tracker`."""

from poems_tracker.launch import main

if __name__ == "__main__":
    main()
