package pincheck.scenario;

import static pincheck.scenario.ArgKind.BIO;
import static pincheck.scenario.ArgKind.FLAG;
import static pincheck.scenario.ArgKind.ITER;
import static pincheck.scenario.ArgKind.PAGE;
import static pincheck.scenario.Kernel.LINUX_6_1;
import static pincheck.scenario.Kernel.LINUX_6_12;
import static pincheck.scenario.Kernel.THREAD_2019;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The kernel calls a scenario program may make, each with the kernels it exists in and the C
 * identifiers whose presence in a site's function shows the site makes that call (the site
 * test reads the kernel source for them). Adding a call is one line here.
 */
public enum Op {
  // 2019's names; the v6.0 "2" variants take the same FOLL_GET references.
  IOV_ITER_GET_PAGES("iov_iter_get_pages", only(THREAD_2019),
      ids("iov_iter_get_pages", "iov_iter_get_pages2"), ITER),
  IOV_ITER_GET_PAGES_ALLOC("iov_iter_get_pages_alloc", only(THREAD_2019),
      ids("iov_iter_get_pages_alloc", "iov_iter_get_pages_alloc2"), ITER),
  // pipe_get_pages is how iov_iter_get_pages2 takes the pages of a 6.1 ITER_PIPE.
  IOV_ITER_GET_PAGES2("iov_iter_get_pages2", all(), ids("iov_iter_get_pages2", "pipe_get_pages"), ITER),
  IOV_ITER_GET_PAGES_ALLOC2("iov_iter_get_pages_alloc2", all(), ids("iov_iter_get_pages_alloc2"), ITER),
  IOV_ITER_EXTRACT_PAGES("iov_iter_extract_pages", only(LINUX_6_12), ids("iov_iter_extract_pages"), ITER),
  // Proposed in the thread; no kernel has it.
  IOV_ITER_PUT_PAGES("iov_iter_put_pages", only(THREAD_2019), ids(), ITER),
  PIN_USER_PAGES("pin_user_pages", realKernels(), ids("pin_user_pages"), ITER),
  PIN_USER_PAGES_FAST("pin_user_pages_fast", realKernels(), ids("pin_user_pages_fast"), ITER),
  GET_USER_PAGES("get_user_pages", all(), ids("get_user_pages"), ITER),
  GET_USER_PAGES_FAST("get_user_pages_fast", all(), ids("get_user_pages_fast"), ITER),
  UNPIN_USER_PAGES("unpin_user_pages", realKernels(),
      ids("unpin_user_pages", "unpin_user_pages_dirty_lock", "unpin_user_page", "unpin_user_folio"), ITER),
  UNPIN_USER_PAGES_DIRTY_LOCK("unpin_user_pages_dirty_lock", realKernels(),
      ids("unpin_user_pages_dirty_lock", "unpin_user_page_range_dirty_lock"), ITER),
  // fs/splice.c: vmsplice_to_pipe -> iter_to_pipe takes the user pages with iov_iter_get_pages2 (FOLL_GET).
  VMSPLICE("vmsplice", all(), ids("iter_to_pipe", "vmsplice_to_pipe", "iov_iter_get_pages2"), ITER),
  GET_PAGE("get_page", all(), ids("get_page", "folio_get", "try_get_page", "folio_try_get"), PAGE),
  PUT_PAGE("put_page", all(), ids("put_page", "folio_put", "folio_put_refs", "release_pages"), PAGE),
  UNPIN_USER_PAGE("unpin_user_page", realKernels(),
      ids("unpin_user_page", "unpin_user_pages", "unpin_user_folio", "dio_unpin_page"), PAGE),
  // The 2019 name of unpin_user_page ("mm, tree-wide: rename put_user_page*() to unpin_user_page*()", v5.6).
  PUT_USER_PAGE("put_user_page", only(THREAD_2019), ids("put_user_page", "unpin_user_page"), PAGE),
  FOLIO_ADD_PIN("folio_add_pin", only(LINUX_6_12), ids("folio_add_pin", "dio_pin_page"), PAGE),
  // The page goes into the I/O's page list: a bio (fs/direct-io.c through submit_page_section), or
  // what a request that stands for one carries: cifs's page array, ceph's bvecs, 9p's and RDMA's
  // scatterlists, fuse's page descriptors.
  BIO_ADD_PAGE("bio_add_page", all(),
      ids("bio_add_page", "__bio_add_page", "bio_add_folio", "bio_add_folio_nofail",
          "submit_page_section", "cifs_readdata_direct_alloc", "osd_req_op_extent_osd_data_bvecs",
          "pack_sg_list_p", "sg_alloc_append_table_from_pages", "fuse_page_descs_length_init"), BIO, PAGE),
  BIO_IOV_ITER_GET_PAGES("bio_iov_iter_get_pages", all(), ids("bio_iov_iter_get_pages"), BIO, ITER),
  BIO_SET_FLAG("bio_set_flag", all(), ids("bio_set_flag"), BIO, FLAG),
  BIO_RELEASE_PAGES("bio_release_pages", all(), ids("bio_release_pages", "__bio_release_pages"), BIO),
  // Requests that stand for a bio start their I/O with cifs_call_async, ceph_osdc_start_request,
  // virtqueue_add_sgs (9p), fuse_send_read/_write, or by DMA-mapping the pages (RDMA).
  SUBMIT_BIO("submit_bio", all(), ids("submit_bio", "submit_bio_wait", "submit_bio_noacct",
      "cifs_call_async", "ceph_osdc_start_request", "virtqueue_add_sgs", "fuse_send_read", "fuse_send_write",
      "ib_dma_map_sgtable_attrs"), BIO),
  // The requests' owners wait with ceph_osdc_wait_request, wait_event_killable (9p),
  // __fuse_request_send; io_uring unmaps a fixed buffer from its rsrc node's put, once every request
  // using it completed; an RDMA region is released (__ib_umem_release) after deregistration.
  WAIT_FOR_COMPLETION("wait_for_completion", all(),
      ids("wait_for_completion", "wait_for_completion_io", "wait_for_completion_killable",
          "ceph_osdc_wait_request", "wait_event_killable", "__fuse_request_send", "io_buffer_unmap",
          "__ib_umem_release", "submit_bio_wait", "dio_await_one",
          "blk_io_schedule", "io_schedule", "wait_event"), BIO),
  MUNMAP("munmap", all(), ids("do_munmap", "vm_munmap", "__vm_munmap", "do_vmi_munmap"), PAGE),
  TRUNCATE("truncate", all(),
      ids("truncate_inode_pages", "truncate_inode_pages_range", "truncate_inode_folio",
          "truncate_pagecache"), PAGE),
  PAGE_MKCLEAN("page_mkclean", all(),
      ids("folio_mkclean", "page_mkclean", "folio_clear_dirty_for_io", "clear_page_dirty_for_io"), PAGE),
  FOLIO_MAYBE_DMA_PINNED("folio_maybe_dma_pinned", all(),
      ids("folio_maybe_dma_pinned", "page_maybe_dma_pinned"), PAGE),
  WRITEPAGE("writepage", all(),
      ids("writepage", "writepages", "write_cache_pages", "writeback_iter", "do_writepages"), PAGE),
  END_PAGE_WRITEBACK("end_page_writeback", all(), ids("folio_end_writeback", "end_page_writeback"), PAGE),
  FORK("fork", all(), ids("dup_mmap", "copy_page_range", "copy_process", "kernel_clone")),
  // The process writes to a write-protected anon page: the COW fault.
  WRITE_FAULT("write_fault", all(), ids("do_wp_page", "wp_page_copy", "handle_mm_fault"), PAGE),
  MIGRATE_PAGES("migrate_pages", all(), ids("migrate_pages", "migrate_pages_batch", "folio_migrate_mapping",
      "migrate_folio_unmap"), PAGE),
  SHRINK_FOLIO_LIST("shrink_folio_list", realKernels(), ids("shrink_folio_list", "__remove_mapping"), PAGE);

  private static final Tokens<Op> TOKENS = Tokens.of(values(), Op::cName);

  private final String cName;
  private final ImmutableSet<Kernel> kernels;
  private final ImmutableSet<String> evidence;
  private final ImmutableList<ArgKind> args;

  Op(String cName, Set<Kernel> kernels, ImmutableSet<String> evidence, ArgKind... args) {
    this.cName = cName;
    this.kernels = ImmutableSet.copyOf(kernels);
    this.evidence = evidence;
    this.args = ImmutableList.copyOf(args);
  }

  /** The kernel function name, which is also the scenario file token. */
  public String cName() {
    return cName;
  }

  public ImmutableList<ArgKind> args() {
    return args;
  }

  /** The kernels whose code has this call (2019: the thread's). */
  public ImmutableSet<Kernel> kernels() {
    return kernels;
  }

  /** C identifiers one of which a site's function must name (or be) to make this call. */
  public ImmutableSet<String> evidence() {
    return evidence;
  }

  /** The expected form, e.g. "bio_add_page BIO PAGE" or "pin_user_pages ITER [FOLL_LONGTERM]". */
  public String usage() {
    StringBuilder form = new StringBuilder(cName);
    args.forEach(arg -> form.append(' ').append(arg.placeholder()));
    optionalFlags().forEach(f -> form.append(" [").append(f).append(']'));
    return form.toString();
  }

  /** Flags the call may take after its arguments, as the C call passes them in gup_flags. */
  public ImmutableSet<String> optionalFlags() {
    return this == PIN_USER_PAGES || this == PIN_USER_PAGES_FAST ? ImmutableSet.of("FOLL_LONGTERM")
        : ImmutableSet.of();
  }

  public static Optional<Op> fromToken(String token) {
    return TOKENS.find(token);
  }

  static Tokens<Op> tokens() {
    return TOKENS;
  }

  private static Set<Kernel> all() {
    return EnumSet.allOf(Kernel.class);
  }

  private static Set<Kernel> realKernels() {
    return EnumSet.of(LINUX_6_1, LINUX_6_12);
  }

  private static Set<Kernel> only(Kernel k) {
    return EnumSet.of(k);
  }

  private static ImmutableSet<String> ids(String... names) {
    return ImmutableSet.copyOf(names);
  }
}
