package pincheck.audit;

import com.google.common.collect.ImmutableList;

/** The kernel paths the 2019 thread names, each with the tree prefixes it lives under. */
record ThreadPaths(String name, ImmutableList<String> prefixes) {
    /** 6.1 and 6.12 keep cifs in fs/smb/client; older trees in fs/cifs. */
    static final ImmutableList<ThreadPaths> ALL = ImmutableList.of(
            new ThreadPaths("fs/direct-io.c", ImmutableList.of("fs/direct-io.c")),
            new ThreadPaths("nilfs2", ImmutableList.of("fs/nilfs2/")),
            new ThreadPaths("nfs blocklayout", ImmutableList.of("fs/nfs/blocklayout/")),
            new ThreadPaths("nfs direct.c", ImmutableList.of("fs/nfs/direct.c")),
            new ThreadPaths("gfs2", ImmutableList.of("fs/gfs2/")),
            new ThreadPaths("cifs (smb client)", ImmutableList.of("fs/cifs/", "fs/smb/client/")),
            new ThreadPaths("ceph", ImmutableList.of("fs/ceph/", "net/ceph/")),
            new ThreadPaths("9p", ImmutableList.of("fs/9p/", "net/9p/")),
            new ThreadPaths("orangefs", ImmutableList.of("fs/orangefs/")));

    boolean contains(String file) {
        return prefixes.stream().anyMatch(file::startsWith);
    }
}
