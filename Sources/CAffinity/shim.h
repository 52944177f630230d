// The process's CPU affinity (Linux): the cores it may run on, as taskset, a container's CPU set
// or nproc see them.
#define _GNU_SOURCE
#include <sched.h>

/// The number of cores in the process's affinity mask; 0 when it cannot be read.
static inline int graphtool_affinity_cores(void) {
    cpu_set_t set;
    if (sched_getaffinity(0, sizeof set, &set) != 0) return 0;
    return CPU_COUNT(&set);
}
