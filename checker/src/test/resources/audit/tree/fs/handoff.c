// The pages leave the file: released by code the audit does not see.
static ssize_t t_handoff(struct iov_iter *iter, struct t_req *req)
{
	struct page **pages;
	size_t start;
	ssize_t got;

	got = iov_iter_get_pages_alloc2(iter, &pages, SZ_64K, &start);
	if (got < 0)
		return got;
	t_queue_pages(req, pages, got);
	return got;
}
