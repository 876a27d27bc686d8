// Read only in the audit's second pass: it defines a release the pages are passed to.
void t_release_pages(struct page **pages, int nr)
{
	int i;

	for (i = 0; i < nr; i++)
		put_page(pages[i]);
}
