// The pages come back to the caller through a parameter; a release helper defined in
// another file (fs/lib/pagevec.c, which names no audited call) puts them.
static int t_get(struct iov_iter *iter, struct page ***pages)
{
	size_t off;

	return iov_iter_get_pages_alloc2(iter, pages, SZ_64K, &off);
}

static int t_request(struct iov_iter *iter)
{
	struct page **in_pages = NULL;
	int n;

	n = t_get(iter, &in_pages);
	if (n > 0)
		t_release_pages(in_pages, n);
	return n;
}
