// Extracted into a struct kept for later; a release function unpins it, FOLL_LONGTERM
// pins are taken through a flags variable.
struct t_req {
	struct page **pages;
	unsigned int nr;
};

static void t_req_free(struct t_req *req)
{
	unpin_user_pages(req->pages, req->nr);
	kfree(req);
}

static ssize_t t_fill(struct t_req *req, struct iov_iter *iter)
{
	size_t off;

	return iov_iter_extract_pages(iter, &req->pages, SZ_1M, 256, 0, &off);
}

static long t_longterm(struct mm_struct *mm, unsigned long start, struct page **pages)
{
	unsigned int gup_flags = FOLL_WRITE;
	long got;

	gup_flags |= FOLL_LONGTERM;
	got = pin_user_pages_remote(mm, start, 1, gup_flags, pages, NULL);
	if (got == 1)
		unpin_user_page(pages[0]);
	return got;
}
