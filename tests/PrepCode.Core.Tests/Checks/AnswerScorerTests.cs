using PrepCode.Core.Checks;

namespace PrepCode.Core.Tests.Checks;

public sealed class AnswerScorerTests
{
    private static readonly string[] AdamPoints =
    [
        "Adam combines momentum with RMSprop scaling",
        "Bias correction fixes the zero start of the moment estimates",
    ];

    [Fact]
    public void An_answer_covering_every_key_point_scores_100_regardless_of_case_and_punctuation()
    {
        var score = AnswerScorer.Score("ADAM = momentum + RMSprop-style SCALING!!! Bias correction: fixes zero start of moment estimates.", AdamPoints);
        Assert.Equal(100, score.Percent);
        Assert.Empty(score.Missed);
    }

    [Fact]
    public void Word_endings_are_stemmed_so_corrected_matches_correction()
    {
        var score = AnswerScorer.Score("The biases are corrected because the moments estimated start at zero; it combines momentum and RMSprop scaled steps", AdamPoints);
        Assert.Equal(100, score.Percent);
    }

    [Fact]
    public void A_key_point_needs_sixty_percent_of_its_content_words()
    {
        // "Bias correction fixes the zero start of the moment estimates": bias, correct, fix, zero, start, moment, estimat = 7 words; 4 < 60 %.
        var score = AnswerScorer.Score("momentum with RMSprop scaling; bias correction fixes zero", AdamPoints);
        Assert.Equal(50, score.Percent);
        Assert.Equal(["Bias correction fixes the zero start…"], score.Missed);
    }

    [Fact]
    public void An_empty_answer_scores_zero_and_misses_every_key_point()
    {
        var score = AnswerScorer.Score("   \n ", AdamPoints);
        Assert.Equal(0, score.Percent);
        Assert.Equal(2, score.Missed.Count);
    }

    [Fact]
    public void Percent_is_rounded_to_a_whole_number()
    {
        string[] three = ["alpha beta", "gamma delta", "epsilon zeta"];
        Assert.Equal(67, AnswerScorer.Score("alpha beta gamma delta", three).Percent);
        Assert.Equal(33, AnswerScorer.Score("alpha beta", three).Percent);
    }

    [Fact]
    public void An_item_without_key_points_is_marked_for_checking_by_hand()
    {
        var score = AnswerScorer.Score("something sensible", []);
        Assert.True(score.Unscorable);
        Assert.Equal(100, score.Percent);
        Assert.Contains("check by hand", CheckMarkers.ScoreLine(score), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("correction", "correct")]
    [InlineData("corrected", "correct")]
    [InlineData("correcting", "correct")]
    [InlineData("biases", "bia")]
    [InlineData("bias", "bia")]
    [InlineData("normalization", "normaliz")]
    [InlineData("normalized", "normaliz")]
    [InlineData("quickly", "quick")]
    public void Crude_stemming_removes_common_endings(string word, string stem) => Assert.Equal(stem, ContentWords.Stem(word));

    [Fact]
    public void Stop_words_are_not_content_words() =>
        Assert.Equal(["adam", "momentum"], ContentWords.Of("The Adam and the momentum"));
}
