"""Background work: the job queue port's built-in backend, its worker, and the job handlers."""
