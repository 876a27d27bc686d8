// FOLL_GET pages given back with unpin_user_pages(): the mismatch the audit must flag.
static int t_mismatch(unsigned long start, int n)
{
	struct page **pages;
	long got;

	pages = kcalloc(n, sizeof(*pages), GFP_KERNEL);
	got = get_user_pages(start, n, 0, pages);
	if (got > 0)
		unpin_user_pages(pages, got);
	kfree(pages);
	return 0;
}
