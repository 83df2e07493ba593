using PrepCode.Cli;
using PrepCode.Cli.Commands;
using PrepCode.Core.Indexing;
using PrepCode.Core.Storage;
using PrepCode.Core.Study;

const string Usage = """
    PrepCode terminal front-end: the same notes and schedule as the VS Code extension.

      prepcode due     [folder]                 what is overdue, due today, upcoming, new
      prepcode review  [folder]                 review due items (then a few new ones) interactively
      prepcode stats   [folder]                 items per state, reviews per day
      prepcode index   [folder]                 index the notes; print counts and diagnostics
      prepcode grade   <folder> <item-id> <q>   grade one item 0-5 (or --percent N)
      prepcode undo    [folder]                 undo the last grade
      prepcode optimize [folder] [--group ML|SWE]   fit FSRS-6 to the group's reviews (default: the active group); store its weights
      prepcode export-reviews [folder] [--out f.csv]   the review log as card_id,review_rating,review_time,review_duration
      prepcode evaluate <review-log.csv | folder>      log loss, RMSE(bins), AUC of SM-2, FSRS default, FSRS fitted
      prepcode history [folder]                 completions, reviews, check scores per day; reviews due next 30 days

    Options: --now 2026-11-22T09:00:00Z (or PREPCODE_NOW) · --db path · --scheduler sm2|fsrs|fixed (or ML=fsrs,SWE=sm2)
             --upcoming 7 · --new 5 · --limit 100 (due) · --track id · --time-zone Europe/Berlin · --day-start-hour 4
             --days 91 (history; 13 weeks as in the History view) · --curricula folder (shipped tracks, for the track groups)
    """;

var o = CliOptions.Parse(args);
try
{
    return o.Command switch
    {
        "due" => DueCommand.Run(o, Console.Out),
        "review" => ReviewCommand.Run(o, Console.In, Console.Out),
        "stats" => IndexStatsGradeCommands.Stats(o, Console.Out),
        "index" => IndexStatsGradeCommands.Index(o, Console.Out),
        "grade" => IndexStatsGradeCommands.Grade(o, Console.Out),
        "undo" => IndexStatsGradeCommands.Undo(o, Console.Out),
        "optimize" => FsrsCommands.Optimize(o, Console.Out),
        "export-reviews" => FsrsCommands.ExportReviews(o, Console.Out),
        "evaluate" => FsrsCommands.Evaluate(o, Console.Out),
        "history" => HistoryCommand.Run(o, Console.Out),
        "help" or "--help" or "-h" => Help(),
        _ => throw new CliException($"Unknown command '{o.Command}'. Run 'prepcode help'."),
    };
}
catch (Exception e) when (e is CliException or UnknownItemException or InvalidStudyArgumentException or StoreException or OutsideWorkspaceException or TimeZoneNotFoundException)
{
    Console.Error.WriteLine($"prepcode: {e.Message}");
    return 2;
}

static int Help()
{
    Console.WriteLine(Usage);
    return 0;
}
