// The C allocator's controls (glibc), for giving freed memory back to the system during ingest.
#include <malloc.h>
