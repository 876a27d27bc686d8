// bio fills whose pages are not GUP'd: a page of our own and a buffer head's page.
static void t_meta_end_io(struct bio *bio)
{
	struct page *page = bio_first_page_all(bio);

	__free_page(page);
	bio_put(bio);
}

static void t_bh_end_io(struct bio *bio)
{
	struct buffer_head *bh = bio->bi_private;

	brelse(bh);
	bio_put(bio);
}

static int t_meta_write(struct block_device *bdev)
{
	struct page *page;
	struct bio *bio;

	page = alloc_page(GFP_NOIO);
	bio = bio_alloc(bdev, 1, REQ_OP_WRITE, GFP_NOIO);
	__bio_add_page(bio, page, PAGE_SIZE, 0);
	bio->bi_end_io = t_meta_end_io;
	submit_bio(bio);
	return 0;
}

static void t_add_bh(struct bio *bio, struct buffer_head *bh)
{
	bio_add_page(bio, bh->b_page, bh->b_size, bh_offset(bh));
	bio->bi_end_io = t_bh_end_io;
}

static int t_direct(struct bio *bio, struct iov_iter *iter)
{
	/* the block layer's fill: pins user-backed pages, sets BIO_PAGE_PINNED */
	return bio_iov_iter_get_pages(bio, iter);
}
