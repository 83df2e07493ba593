using System.Collections.Immutable;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Text;
using PrepCode.Core.Notes;

namespace PrepCode.Core.Indexing;

/// <summary>
/// The persisted index's binary form of one note: its <see cref="IndexedNote"/> and study items (compact items as
/// their packed arrays, plain ones field by field), then a checksum of everything before it. Entries are valid only
/// for the same <see cref="Format"/>.
/// </summary>
internal static class IndexCodec
{
    /// <summary>The binary layout below; raise it when it changes.</summary>
    private const int Layout = 1;

    /// <summary>Changes whenever the layout or the parsing and extraction code (this assembly's build) changes.</summary>
    public static string Format { get; } = $"{Layout}:{typeof(NoteParser).Assembly.ManifestModule.ModuleVersionId:N}";

    /// <summary>Throws on lone surrogates (writing) and invalid bytes (reading), so no text comes back changed.</summary>
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private enum Tag : byte { CompactTopic, CompactCard, PlainTopic, PlainCard }

    /// <summary>The note and its items as bytes; null when something cannot be written exactly.</summary>
    public static byte[]? Encode(IndexedNote note, IReadOnlyList<StudyItem> items)
    {
        var buffer = new MemoryStream();
        return TryEncode(note, items, buffer) ? buffer.ToArray() : null;
    }

    /// <summary>Writes the note and its items into <paramref name="buffer"/> (replacing what it held); false when
    /// something cannot be written exactly (the note is then parsed on every start).</summary>
    public static bool TryEncode(IndexedNote note, IReadOnlyList<StudyItem> items, MemoryStream buffer)
    {
        buffer.SetLength(0);
        try
        {
            using (var w = new BinaryWriter(buffer, Strict, leaveOpen: true))
            {
                w.Write(note.Path);
                w.Write(note.Key);
                w.Write(note.ContentHash);
                WriteFrontMatter(w, note.FrontMatter);
                w.Write7BitEncodedInt(note.Diagnostics.Count);
                foreach (var d in note.Diagnostics)
                {
                    WriteRange(w, d.Range);
                    w.Write((byte)d.Severity);
                    w.Write(d.Code);
                    w.Write(d.Message);
                }
                w.Write(note.UsesCrlf);
                var c = note.Counts;
                foreach (var n in (ReadOnlySpan<int>)[c.Topics, c.Cards, c.PracticeQuestions, c.Tasks, c.TasksDone]) w.Write7BitEncodedInt(n);

                var facts = new List<StudyItem.NoteFacts>(1);
                int FactsIndex(StudyItem.NoteFacts f)
                {
                    for (int i = 0; i < facts.Count; i++) if (ReferenceEquals(facts[i], f) || facts[i] == f) return i;
                    facts.Add(f);
                    return facts.Count - 1;
                }
                var at = new int[items.Count];
                for (int i = 0; i < items.Count; i++) at[i] = FactsIndex(items[i].SharedFacts);
                w.Write7BitEncodedInt(facts.Count);
                foreach (var f in facts)
                {
                    w.Write(f.Path);
                    WriteNullable(w, f.Domain);
                    WriteNullable(w, f.Track);
                }

                w.Write7BitEncodedInt(items.Count);
                for (int i = 0; i < items.Count; i++)
                {
                    var item = items[i];
                    var packed = item.PackedTexts;
                    w.Write((byte)(packed is not null
                        ? item.Kind == StudyItemKind.Topic ? Tag.CompactTopic : Tag.CompactCard
                        : item.Kind == StudyItemKind.Topic ? Tag.PlainTopic : Tag.PlainCard));
                    w.Write(item.Id);
                    WriteNullable(w, item.TopicId);
                    WriteRange(w, item.Range);
                    w.Write7BitEncodedInt(at[i]);
                    if (packed is not null)
                    {
                        w.Write7BitEncodedInt(packed.Length);
                        w.Write(packed);
                        continue;
                    }
                    w.Write(item.Title);
                    WriteNullable(w, item.Answer);
                    WriteList(w, item.KeyPoints);
                    WriteList(w, item.PracticeQuestions);
                    w.Write(item.TitleKey);
                    w.Write(item.ContentKey);
                }
            }
            var checksum = Checksum(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
            Span<byte> trailer = stackalloc byte[8];
            BitConverter.TryWriteBytes(trailer, checksum);
            buffer.Write(trailer);
            return true;
        }
        catch (Exception e) when (e is EncoderFallbackException or ArgumentException or NullReferenceException or InvalidCastException)
        {
            return false;
        }
    }

    /// <summary>The note and items of <paramref name="data"/>; false when it is not an intact entry of
    /// <paramref name="path"/>. <paramref name="share"/> gives the front matter object to keep.</summary>
    public static bool TryDecode(string path, byte[] data, Func<FrontMatter, FrontMatter> share,
        out IndexedNote note, out ImmutableArray<StudyItem> items) => TryDecode(path, data, data.Length, share, out note, out items);

    /// <summary>As above, for an entry in the first <paramref name="size"/> bytes of <paramref name="data"/>.</summary>
    public static bool TryDecode(string path, byte[] data, int size, Func<FrontMatter, FrontMatter> share,
        out IndexedNote note, out ImmutableArray<StudyItem> items)
    {
        note = null!;
        items = default;
        if (size < 8 || size > data.Length) return false;
        var length = size - 8;
        if (BitConverter.ToUInt64(data, length) != Checksum(data.AsSpan(0, length))) return false;
        try
        {
            using var r = new BinaryReader(new MemoryStream(data, 0, length, writable: false), Strict);
            if (r.ReadString() != path) return false;
            var key = r.ReadString();
            var hash = r.ReadString();
            var fm = share(ReadFrontMatter(r));
            var diagnostics = new NoteDiagnostic[Count(r)];
            for (int i = 0; i < diagnostics.Length; i++)
                diagnostics[i] = new NoteDiagnostic(ReadRange(r), (DiagnosticSeverity)r.ReadByte(), r.ReadString(), r.ReadString());
            var crlf = r.ReadBoolean();
            var counts = new NoteCounts(r.Read7BitEncodedInt(), r.Read7BitEncodedInt(), r.Read7BitEncodedInt(), r.Read7BitEncodedInt(), r.Read7BitEncodedInt());
            note = new IndexedNote(path, key, hash, fm, diagnostics.Length == 0 ? [] : diagnostics, crlf, counts);

            var facts = new StudyItem.NoteFacts[Count(r)];
            for (int i = 0; i < facts.Length; i++)
            {
                var factsPath = r.ReadString();
                facts[i] = new StudyItem.NoteFacts(factsPath == path ? path : factsPath, ReadNullable(r), ReadNullable(r));
            }
            var builder = ImmutableArray.CreateBuilder<StudyItem>(Count(r));
            for (int i = 0; i < builder.Capacity; i++)
            {
                var tag = (Tag)r.ReadByte();
                var id = r.ReadString();
                var topicId = ReadNullable(r);
                var range = ReadRange(r);
                var f = facts[r.Read7BitEncodedInt()];
                if (tag is Tag.CompactTopic or Tag.CompactCard)
                {
                    var packedSize = Count(r);
                    var packed = r.ReadBytes(packedSize);
                    var kind = tag == Tag.CompactTopic ? StudyItemKind.Topic : StudyItemKind.Card;
                    if (packed.Length != packedSize || !WellFormed(packed, kind)) return false;
                    builder.Add(StudyItem.Restore(id, kind, f, topicId, range, packed));
                }
                else if (tag is Tag.PlainTopic or Tag.PlainCard)
                {
                    builder.Add(new StudyItem(id, tag == Tag.PlainTopic ? StudyItemKind.Topic : StudyItemKind.Card, f.Path,
                        r.ReadString(), ReadNullable(r), topicId, range, f.Domain, f.Track, ReadList(r), ReadList(r), r.ReadString(), r.ReadString())
                        .Sharing(f));
                }
                else return false;
            }
            if (r.BaseStream.Position != length) return false;
            items = builder.MoveToImmutable();
            return true;
        }
        catch (Exception e) when (e is EndOfStreamException or DecoderFallbackException or FormatException or IOException
            or IndexOutOfRangeException or ArgumentException or OverflowException)
        {
            note = null!;
            return false;
        }
    }

    /// <summary>A packed array as <see cref="Utf8TextList"/> writes it: whole entries, a topic's header and entry count.</summary>
    private static bool WellFormed(byte[] packed, StudyItemKind kind)
    {
        int at = kind == StudyItemKind.Topic ? 9 : 0, entries = 0;
        if (packed.Length < at) return false;
        while (at < packed.Length)
        {
            int length = 0, shift = 0;
            byte b;
            do
            {
                if (at >= packed.Length || shift > 28) return false;
                b = packed[at++];
                length |= (b & 0x7F) << shift;
                shift += 7;
            } while (b >= 0x80);
            if (length < 0 || length > packed.Length - at) return false;
            at += length;
            entries++;
        }
        return kind == StudyItemKind.Topic ? entries >= 1 + packed[8] : entries == 2;
    }

    private static void WriteFrontMatter(BinaryWriter w, FrontMatter fm)
    {
        WriteNullable(w, fm.Id);
        WriteNullable(w, fm.Domain);
        w.Write(fm.Weight.HasValue);
        if (fm.Weight is { } weight) w.Write(weight);
        WriteNullable(w, fm.Track);
        WriteList(w, fm.Tags);
        w.Write((byte)((fm.Prep ? 1 : 0) | (fm.PrepPlan ? 2 : 0)));
        w.Write7BitEncodedInt(fm.Extra.Count);
        foreach (var (k, v) in fm.Extra)
        {
            w.Write(k);
            w.Write(v);
        }
    }

    private static FrontMatter ReadFrontMatter(BinaryReader r)
    {
        var id = ReadNullable(r);
        var domain = ReadNullable(r);
        double? weight = r.ReadBoolean() ? r.ReadDouble() : null;
        var track = ReadNullable(r);
        var tags = ReadList(r);
        var flags = r.ReadByte();
        var count = Count(r);
        var extra = count == 0 ? FrontMatter.Empty.Extra : ReadExtra(r, count);
        return new FrontMatter(id, domain, weight, track, tags, (flags & 1) != 0, (flags & 2) != 0, extra);
    }

    private static Dictionary<string, string> ReadExtra(BinaryReader r, int count)
    {
        var extra = new Dictionary<string, string>(count, StringComparer.Ordinal);
        for (int i = 0; i < count; i++) extra.Add(r.ReadString(), r.ReadString());
        return extra;
    }

    private static void WriteRange(BinaryWriter w, SourceRange range)
    {
        w.Write7BitEncodedInt(range.Start.Line);
        w.Write7BitEncodedInt(range.Start.Character);
        w.Write7BitEncodedInt(range.End.Line);
        w.Write7BitEncodedInt(range.End.Character);
    }

    private static SourceRange ReadRange(BinaryReader r) =>
        new(new SourcePosition(r.Read7BitEncodedInt(), r.Read7BitEncodedInt()), new SourcePosition(r.Read7BitEncodedInt(), r.Read7BitEncodedInt()));

    private static void WriteNullable(BinaryWriter w, string? text)
    {
        w.Write(text is not null);
        if (text is not null) w.Write(text);
    }

    private static string? ReadNullable(BinaryReader r) => r.ReadBoolean() ? r.ReadString() : null;

    private static void WriteList(BinaryWriter w, IReadOnlyList<string> texts)
    {
        w.Write7BitEncodedInt(texts.Count);
        foreach (var t in texts) w.Write(t);
    }

    /// <summary>A count of things that each take at least a byte of what is left.</summary>
    private static int Count(BinaryReader r)
    {
        var count = r.Read7BitEncodedInt();
        return count >= 0 && count <= r.BaseStream.Length - r.BaseStream.Position ? count : throw new FormatException("bad count");
    }

    private static string[] ReadList(BinaryReader r)
    {
        var count = Count(r);
        if (count == 0) return [];
        var texts = new string[count];
        for (int i = 0; i < count; i++) texts[i] = r.ReadString();
        return texts;
    }

    /// <summary>A 64-bit hash of the entry, to tell a damaged blob from an intact one.</summary>
    internal static ulong Checksum(ReadOnlySpan<byte> data)
    {
        ulong h = 0x9E3779B97F4A7C15UL ^ (ulong)data.Length;
        var words = MemoryMarshal.Cast<byte, ulong>(data);
        foreach (var word in words) h = BitOperations.RotateLeft(h ^ word, 29) * 0xBF58476D1CE4E5B9UL;
        foreach (var b in data[(words.Length * 8)..]) h = (h ^ b) * 0x100000001B3UL;
        return h ^ (h >> 31);
    }
}
