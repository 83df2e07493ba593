using PrepCode.Core.Evaluation;
using PrepCode.Core.Scheduling.Fsrs;

namespace PrepCode.Core.Tests.Evaluation;

public class ReviewLogCsvTests
{
    [Fact]
    public void Written_logs_read_back_unchanged()
    {
        ReviewLogEntry[] entries =
        [
            new("card-1", FsrsRating.Good, new DateTimeOffset(2026, 1, 2, 3, 4, 5, 678, TimeSpan.Zero), 4200),
            new("notes/a.md#Heading, \"quoted\"", FsrsRating.Again, new DateTimeOffset(2026, 1, 3, 0, 0, 0, TimeSpan.Zero), 0),
        ];

        var text = ReviewLogCsv.Format(entries);
        var read = ReviewLogCsv.Parse(text);

        Assert.StartsWith("card_id,review_rating,review_time,review_duration\n", text, StringComparison.Ordinal);
        Assert.Contains("2026-01-02T03:04:05.678Z", text, StringComparison.Ordinal);
        Assert.Empty(read.Errors);
        Assert.Equal(entries, read.Entries);
    }

    [Fact]
    public void Malformed_rows_are_rejected_with_their_line_numbers_and_the_rest_are_kept()
    {
        const string text =
            "card_id,review_rating,review_time,review_duration\r\n" +  // 1
            "a,3,2026-01-01T10:00:00Z,1500\r\n" +                      // 2 good
            "a,5,2026-01-02T10:00:00Z,1500\r\n" +                      // 3 rating out of range
            "\r\n" +                                                   // 4 blank, skipped
            "b,1,2026-01-02 10:00,1500\r\n" +                          // 5 not ISO/UTC
            "b,2,2026-01-02T10:00:00+02:00,1500\r\n" +                 // 6 not UTC
            ",2,2026-01-02T10:00:00Z,1500\r\n" +                       // 7 empty card id
            "c,4,2026-01-03T10:00:00.250Z,-3\r\n" +                    // 8 negative duration
            "c,4,2026-01-03T10:00:00Z\r\n" +                           // 9 too few fields
            "\"c,4,2026-01-03T10:00:00Z,1\r\n" +                       // 10 unclosed quote
            "c,4,2026-01-04T10:00:00+00:00,900\r\n";                   // 11 good

        var read = ReviewLogCsv.Parse(text);

        Assert.Equal([3, 5, 6, 7, 8, 9, 10], read.Errors.Select(e => e.Line));
        Assert.Equal(2, read.Entries.Count);
        Assert.Equal(("a", FsrsRating.Good), (read.Entries[0].CardId, read.Entries[0].Rating));
        Assert.Equal(new DateTimeOffset(2026, 1, 4, 10, 0, 0, TimeSpan.Zero), read.Entries[1].Time);
        Assert.Contains("review_rating", read.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Columns_are_found_by_name_and_extra_columns_are_ignored()
    {
        const string text = "review_time,card_id,extra,review_duration,review_rating\n2026-05-01T00:00:00Z,x,whatever,10,2\n";

        var read = ReviewLogCsv.Parse(text);

        Assert.Empty(read.Errors);
        Assert.Equal(new ReviewLogEntry("x", FsrsRating.Hard, new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero), 10), Assert.Single(read.Entries));
    }

    [Fact]
    public void A_missing_header_is_an_error_on_line_1_and_nothing_is_read()
    {
        var read = ReviewLogCsv.Parse("a,3,2026-01-01T10:00:00Z,1500\n");

        Assert.Empty(read.Entries);
        Assert.Equal(1, Assert.Single(read.Errors).Line);
    }

    [Fact]
    public void An_empty_file_reports_the_missing_header()
    {
        Assert.Equal(1, Assert.Single(ReviewLogCsv.Parse("").Errors).Line);
    }
}
