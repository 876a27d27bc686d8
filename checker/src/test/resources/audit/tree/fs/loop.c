// A put_page loop: FOLL_GET taken and given back in the same function.
static int t_loop(unsigned long start, int n)
{
	struct page *pages[8];
	int i, got;

	got = get_user_pages_fast(start, n, FOLL_WRITE, pages);
	if (got <= 0)
		return got;
	for (i = 0; i < got; i++)
		put_page(pages[i]);
	return 0;
}
