// Not in an audited folder: the audit must not list it.
static int t_outside(unsigned long start, struct page **pages)
{
	return pin_user_pages_fast(start, 1, 0, pages);
}
