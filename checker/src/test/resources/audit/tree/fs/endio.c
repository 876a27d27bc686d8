// Pins added to a bio; the release is the bio's end_io, another function.
static void t_end_io(struct bio *bio)
{
	bio_release_pages(bio, false);
	bio_put(bio);
}

static int t_submit(struct block_device *bdev, unsigned long start, int n)
{
	struct page *pages[8];
	struct bio *bio;
	int i, got;

	bio = bio_alloc(bdev, n, REQ_OP_READ, GFP_KERNEL);
	got = pin_user_pages_fast(start, n, FOLL_WRITE, pages);
	for (i = 0; i < got; i++)
		bio_add_page(bio, pages[i], PAGE_SIZE, 0);
	bio_set_flag(bio, BIO_PAGE_PINNED);
	bio->bi_end_io = t_end_io;
	submit_bio(bio);
	return 0;
}
