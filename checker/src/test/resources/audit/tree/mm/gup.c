// Definitions and exports are no call sites; nor are comments, strings and macros.
long get_user_pages(unsigned long start, unsigned long nr_pages,
		    unsigned int gup_flags, struct page **pages)
{
	return __get_user_pages_locked(current->mm, start, nr_pages, pages, NULL, gup_flags);
}
EXPORT_SYMBOL(get_user_pages);

/* callers such as pin_user_pages_fast() take FOLL_PIN */
#define T_GET_ONE(addr, page) \
	get_user_pages_fast(addr, 1, 0, page)

static void t_say(void)
{
	pr_info("pin_user_pages_fast is not called here\n");
}
