using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using PrepCode.Core.Indexing;
using PrepCode.Core.Notes;

namespace PrepCode.Core.Tests.Indexing;

/// <summary>The index keeps compact notes and items; what it derives must read exactly as the full parse gives it.</summary>
public class CompactIndexTests
{
    private static NoteWorkspace FixtureWorkspace()
    {
        var ws = new NoteWorkspace(new DiskNoteFileSystem(Path.Combine(AppContext.BaseDirectory, "fixtures", "notes")));
        ws.IndexAll();
        return ws;
    }

    private static string Sha16(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];

    [Fact]
    public void A_note_parsed_on_demand_gives_the_items_diagnostics_and_counts_the_index_holds()
    {
        var ws = FixtureWorkspace();
        Assert.True(ws.Snapshot.Notes.Count >= 7);
        foreach (var (path, indexed) in ws.Snapshot.Notes)
        {
            var doc = ws.Document(path)!;
            Assert.Equal(JsonSerializer.Serialize(indexed), JsonSerializer.Serialize(IndexedNote.From(doc)));
            Assert.Equal(JsonSerializer.Serialize(ws.Snapshot.ItemsOf(path)), JsonSerializer.Serialize(StudyItemExtractor.Extract(doc)));
            Assert.Equal(doc.Cards.Count, indexed.Counts.Cards);
            Assert.Equal(doc.Tasks.Count(t => t.Checked), indexed.Counts.TasksDone);
        }
        Assert.Null(ws.Document("notes/nowhere.md"));
    }

    [Fact]
    public void The_document_of_an_open_note_is_parsed_from_the_editor_text()
    {
        var fs = new InMemoryNoteFileSystem();
        fs.Write("a.md", "# On disk {#ab}\n");
        var ws = new NoteWorkspace(fs);
        ws.IndexAll();
        ws.UpdateOpenDocument("a.md", "# In the buffer {#ab}\n\n- [ ] a task\n", 1);
        var doc = ws.Document("a.md")!;
        Assert.Equal("In the buffer", doc.Topics.Single().Title);
        Assert.Single(doc.Tasks);
        Assert.Equal(1, ws.Snapshot.Note("a.md")!.Counts.Tasks);
    }

    [Fact]
    public void Compact_items_read_as_the_rules_build_them_from_the_document()
    {
        var ws = FixtureWorkspace();
        var checkedItems = 0;
        foreach (var path in ws.Snapshot.Notes.Keys)
        {
            var doc = ws.Document(path)!;
            foreach (var item in ws.Snapshot.ItemsOf(path))
            {
                checkedItems++;
                if (item.Kind == StudyItemKind.Topic)
                {
                    var topic = doc.Topics.Single(t => t.Id == item.Id);
                    var keyPoints = doc.KeyPoints.Where(k => k.TopicId == item.Id).Select(k => k.Text).ToList();
                    Assert.Equal(keyPoints, item.KeyPoints);
                    Assert.Equal(doc.PracticeQuestions.Where(p => p.TopicId == item.Id).Select(p => p.Text), item.PracticeQuestions);
                    Assert.Equal(keyPoints.Count > 0 ? string.Join("\n", keyPoints.Select(k => "• " + k)) : null, item.Answer);
                    Assert.Equal("topic:" + StudyItemExtractor.Normalise(topic.Title), item.TitleKey);
                    Assert.Equal(StudyItem.SectionKeyPrefix + topic.ContentHash, item.ContentKey);
                }
                else
                {
                    var reverse = item.Id.EndsWith("/reverse", StringComparison.Ordinal);
                    var card = doc.Cards.Single(c => c.Id == (reverse ? item.Id[..^"/reverse".Length] : item.Id));
                    Assert.Equal(reverse ? card.Answer : card.Question, item.Title);
                    Assert.Equal(reverse ? card.Question : card.Answer, item.Answer);
                    Assert.Equal([item.Answer!], item.KeyPoints);
                    Assert.Empty(item.PracticeQuestions);
                    Assert.Equal("card:" + Sha16(StudyItemExtractor.Normalise(item.Title)), item.TitleKey);
                    Assert.Equal(item.TitleKey, item.ContentKey);
                }
            }
        }
        Assert.True(checkedItems >= 10, $"only {checkedItems} items in the fixtures");
    }

    [Fact]
    public void Card_ids_and_keys_are_the_ones_stored_in_existing_databases()
    {
        var index = NoteIndex.Build([NoteParser.Parse("notes/o.md",
            "## Adam {#adam}\n\nWhat does Adam combine?:: Momentum and RMSprop, with bias correction.\n\n### Key points\n- Bias correction\n")]);
        var card = index.Find("notes/o.md#card/db2f763f7bf6")!;
        Assert.Equal("card:db2f763f7bf6487e", card.TitleKey);
        Assert.Equal("card:db2f763f7bf6487e", card.ContentKey);
        var topic = index.Find("adam")!;
        Assert.Equal("topic:adam", topic.TitleKey);
        Assert.Equal("• Bias correction", topic.Answer);
        Assert.Equal("topic-text:8f7935c0bf767676", topic.ContentKey); // XXH3 of the section's normal form (HashingTests)
    }

    [Fact]
    public void With_expressions_on_compact_items_change_only_what_they_set()
    {
        var index = NoteIndex.Build([NoteParser.Parse("n.md", "## Adam {#adam}\n\nQ one:: A one\n\n### Key points\n- kp\n")]);
        var topic = index.Find("adam")!;
        var changed = topic with { KeyPoints = ["other"], Domain = "NLP" };
        Assert.Equal(["other"], changed.KeyPoints);
        Assert.Equal("• kp", changed.Answer);
        Assert.Equal(topic.ContentKey, changed.ContentKey);
        Assert.Equal(("NLP", "n.md"), (changed.Domain, changed.NotePath));
        Assert.Equal(["kp"], topic.KeyPoints);
        var card = index.Items.Single(i => i.Kind == StudyItemKind.Card);
        Assert.Equal("A one", card.Answer);
        Assert.Equal(["A one"], card.KeyPoints);
        Assert.Equal("B", (card with { Answer = "B" }).Answer);
        var plain = new StudyItem("x", StudyItemKind.Topic, "p.md", "T", null, null, default, null, null, ["k"], [], "tk", "ck");
        Assert.Equal((null, "tk", "ck"), (plain.Answer, plain.TitleKey, plain.ContentKey));
    }

    [Fact]
    public void Key_points_with_any_text_come_back_unchanged()
    {
        string[] texts = ["plain", "émoji 🧠 and ✅", "", "a\nb", new string('x', 300)];
        Assert.Equal(texts, Utf8TextList.Decode(Encode(texts, 0), 0, 0, texts.Length));
        Assert.Equal(texts[1..3], Utf8TextList.Decode(Encode(texts, 3), 3, 1, 2));
        Assert.Equal(texts[2..], Utf8TextList.Decode(Encode(texts, 0), 0, 2, -1));
        Assert.Equal(-1, Utf8TextList.Size(["lone \ud800 surrogate"], 0));
        var index = NoteIndex.Build([NoteParser.Parse("n.md", "## T {#tt}\n\n### Key points\n- lone \ud800 surrogate\n- b\n\n### Practice\n- why?\n")]);
        Assert.Equal(["lone \ud800 surrogate", "b"], index.Find("tt")!.KeyPoints);
        Assert.Equal(["why?"], index.Find("tt")!.PracticeQuestions);

        static byte[] Encode(string[] texts, int header)
        {
            var data = new byte[Utf8TextList.Size(texts, header)];
            Utf8TextList.Write(texts, data.AsSpan(header));
            return data;
        }
    }

    [Fact]
    public void The_items_of_one_note_read_their_own_texts_when_some_cannot_be_packed()
    {
        // The compact items of a note share one array of texts; a plain item (a lone surrogate) sits between them.
        const string text = "## Aa {#aa}\n\n### Key points\n- first ✅\n\nQ1 :: A1\n\nQ2 \ud800 :: A2\n\nQ3 🧠 ::: A3\n\n## Bb {#bb}\n\n### Practice\n- why B?\n";
        var items = StudyItemExtractor.Extract(NoteParser.Parse("n.md", text));
        Assert.Equal(["Aa", "Bb", "Q1", "Q2 \ud800", "Q3 🧠", "A3"], items.Select(i => i.Title));
        Assert.Equal([null, null, "A1", "A2", "A3", "Q3 🧠"], items.Select(i => i.Kind == StudyItemKind.Card ? i.Answer : null));
        Assert.Equal(["first ✅"], items[0].KeyPoints);
        Assert.Equal(["why B?"], items[1].PracticeQuestions);
        Assert.Equal([true, true, true, false, true, true], items.Select(i => i.IsCompact));
        Assert.Equal(NoteParser.Parse("n.md", text).Topics.Single(t => t.Id == "bb").ContentHash, items[1].ContentKey[StudyItem.SectionKeyPrefix.Length..]);
    }
}
