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
        var encoder = new Encoder();
        return encoder.TryEncode(note, items) ? encoder.Entry.ToArray() : null;
    }

    /// <summary>Writes entries one after another into one reused buffer (<see cref="Entry"/>: the last one written).</summary>
    public sealed class Encoder
    {
        private readonly MemoryStream _buffer = new();
        private readonly BinaryWriter _w;
        private readonly List<StudyItem.NoteFacts> _facts = new(2);
        /// <summary>Each id and each topic id written as text, by its position among those (the decoder's list).</summary>
        private readonly Dictionary<string, int> _strings = new(StringComparer.Ordinal);
        private int _written;

        public Encoder() => _w = new BinaryWriter(_buffer, Strict, leaveOpen: true);

        public ReadOnlyMemory<byte> Entry => _buffer.GetBuffer().AsMemory(0, (int)_buffer.Length);

        /// <summary>False when something cannot be written exactly (the note is then parsed on every start).</summary>
        public bool TryEncode(IndexedNote note, IReadOnlyList<StudyItem> items)
        {
            _buffer.SetLength(0);
            _facts.Clear();
            _strings.Clear();
            _written = 0;
            try
            {
                Write(note, items);
                _w.Flush();
                Span<byte> trailer = stackalloc byte[8];
                BitConverter.TryWriteBytes(trailer, Checksum(Entry.Span));
                _buffer.Write(trailer);
                return true;
            }
            catch (Exception e) when (e is EncoderFallbackException or ArgumentException or NullReferenceException or InvalidCastException)
            {
                _buffer.SetLength(0);
                return false;
            }
        }

        private void Write(IndexedNote note, IReadOnlyList<StudyItem> items)
        {
            var w = _w;
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

            foreach (var item in items) FactsIndex(item.SharedFacts);
            w.Write7BitEncodedInt(_facts.Count);
            foreach (var f in _facts)
            {
                w.Write(f.Path);
                WriteNullable(w, f.Domain);
                WriteNullable(w, f.Track);
            }

            w.Write7BitEncodedInt(items.Count);
            foreach (var item in items)
            {
                var compact = item.IsCompact;
                w.Write((byte)(compact
                    ? item.Kind == StudyItemKind.Topic ? Tag.CompactTopic : Tag.CompactCard
                    : item.Kind == StudyItemKind.Topic ? Tag.PlainTopic : Tag.PlainCard));
                w.Write(item.Id);
                _strings.TryAdd(item.Id, _written++);
                // A topic id is mostly an earlier item's id or topic id: then 2 + its position, so it is one string again.
                if (item.TopicId is null) w.Write7BitEncodedInt(0);
                else if (_strings.TryGetValue(item.TopicId, out var earlier)) w.Write7BitEncodedInt(2 + earlier);
                else
                {
                    w.Write7BitEncodedInt(1);
                    w.Write(item.TopicId);
                    _strings.Add(item.TopicId, _written++);
                }
                WriteRange(w, item.Range);
                w.Write7BitEncodedInt(FactsIndex(item.SharedFacts));
                if (compact)
                {
                    var packed = item.PackedTexts;
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

        private int FactsIndex(StudyItem.NoteFacts f)
        {
            for (int i = 0; i < _facts.Count; i++) if (ReferenceEquals(_facts[i], f) || _facts[i] == f) return i;
            _facts.Add(f);
            return _facts.Count - 1;
        }
    }

    /// <summary>The note and items of <paramref name="data"/>; false when it is not an intact entry of
    /// <paramref name="path"/>. <paramref name="share"/> gives the front matter object to keep.</summary>
    public static bool TryDecode(string path, byte[] data, Func<FrontMatter, FrontMatter> share,
        out IndexedNote note, out ImmutableArray<StudyItem> items) => TryDecode(path, data.AsSpan(), share, out note, out items);

    public static bool TryDecode(string path, ReadOnlySpan<byte> data, Func<FrontMatter, FrontMatter> share,
        out IndexedNote note, out ImmutableArray<StudyItem> items)
    {
        note = null!;
        items = default;
        if (data.Length < 8) return false;
        var body = data[..^8];
        if (BitConverter.ToUInt64(data[^8..]) != Checksum(body)) return false;
        try
        {
            var r = new SpanReader(body);
            if (r.ReadString() != path) return false;
            var key = r.ReadString();
            var hash = r.ReadString();
            var fm = share(ReadFrontMatter(ref r));
            var diagnostics = new NoteDiagnostic[r.ReadCount()];
            for (int i = 0; i < diagnostics.Length; i++)
                diagnostics[i] = new NoteDiagnostic(ReadRange(ref r), (DiagnosticSeverity)r.ReadByte(), r.ReadString(), r.ReadString());
            var crlf = r.ReadBoolean();
            var counts = new NoteCounts(r.ReadInt(), r.ReadInt(), r.ReadInt(), r.ReadInt(), r.ReadInt());
            note = new IndexedNote(path, key, hash, fm, diagnostics.Length == 0 ? [] : diagnostics, crlf, counts);

            var facts = new StudyItem.NoteFacts[r.ReadCount()];
            for (int i = 0; i < facts.Length; i++)
            {
                var factsPath = r.ReadString() is var p && p == path ? path : p;
                var domain = r.ReadNullable();
                var track = r.ReadNullable();
                // The note's own front matter values, as a parse shares them.
                facts[i] = new StudyItem.NoteFacts(factsPath, domain == fm.Domain ? fm.Domain : domain, track == fm.Track ? fm.Track : track);
            }
            var builder = ImmutableArray.CreateBuilder<StudyItem>(r.ReadCount());
            var strings = new List<string>(builder.Capacity);
            for (int i = 0; i < builder.Capacity; i++)
            {
                var tag = (Tag)r.ReadByte();
                var id = r.ReadString();
                strings.Add(id);
                var topicRef = r.ReadInt();
                string? topicId = topicRef switch { 0 => null, 1 => r.ReadString(), _ => strings[topicRef - 2] };
                if (topicRef == 1) strings.Add(topicId!);
                var range = ReadRange(ref r);
                var f = facts[r.ReadInt()];
                if (tag is Tag.CompactTopic or Tag.CompactCard)
                {
                    var packed = r.ReadBytes(r.ReadCount());
                    var kind = tag == Tag.CompactTopic ? StudyItemKind.Topic : StudyItemKind.Card;
                    if (!WellFormed(packed, kind)) return false;
                    builder.Add(StudyItem.Restore(id, kind, f, topicId, range, packed));
                }
                else if (tag is Tag.PlainTopic or Tag.PlainCard)
                {
                    builder.Add(new StudyItem(id, tag == Tag.PlainTopic ? StudyItemKind.Topic : StudyItemKind.Card, f.Path,
                        r.ReadString(), r.ReadNullable(), topicId, range, f.Domain, f.Track, ReadList(ref r), ReadList(ref r), r.ReadString(), r.ReadString())
                        .Sharing(f));
                }
                else return false;
            }
            if (!r.AtEnd) return false;
            items = builder.MoveToImmutable();
            return true;
        }
        catch (Exception e) when (e is FormatException or DecoderFallbackException or ArgumentException or IndexOutOfRangeException or OverflowException)
        {
            note = null!;
            return false;
        }
    }

    /// <summary>Reads what <see cref="BinaryWriter"/> wrote (7-bit lengths and counts, strict UTF-8 strings) from a
    /// span, without allocating beyond the values read. Throws <see cref="FormatException"/> past the end.</summary>
    private ref struct SpanReader(ReadOnlySpan<byte> data)
    {
        private readonly ReadOnlySpan<byte> _data = data;
        private int _at;

        public readonly bool AtEnd => _at == _data.Length;

        private ReadOnlySpan<byte> Take(int n)
        {
            if (n < 0 || n > _data.Length - _at) throw new FormatException("past the end");
            var span = _data.Slice(_at, n);
            _at += n;
            return span;
        }

        public byte ReadByte() => Take(1)[0];

        public bool ReadBoolean() => ReadByte() switch { 0 => false, 1 => true, _ => throw new FormatException("bad bool") };

        public int ReadInt()
        {
            uint result = 0;
            for (int shift = 0; shift < 35; shift += 7)
            {
                var b = ReadByte();
                result |= (uint)(b & 0x7F) << shift;
                if (b < 0x80) return (int)result;
            }
            throw new FormatException("bad 7-bit int");
        }

        /// <summary>A count of things that each take at least a byte of what is left.</summary>
        public int ReadCount()
        {
            var n = ReadInt();
            return n >= 0 && n <= _data.Length - _at ? n : throw new FormatException("bad count");
        }

        public double ReadDouble() => BitConverter.ToDouble(Take(8));

        public byte[] ReadBytes(int n) => Take(n).ToArray();

        public string ReadString() => Strict.GetString(Take(ReadInt()));

        public string? ReadNullable() => ReadBoolean() ? ReadString() : null;
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

    private static FrontMatter ReadFrontMatter(ref SpanReader r)
    {
        var id = r.ReadNullable();
        var domain = r.ReadNullable();
        double? weight = r.ReadBoolean() ? r.ReadDouble() : null;
        var track = r.ReadNullable();
        var tags = ReadList(ref r);
        var flags = r.ReadByte();
        var count = r.ReadCount();
        var extra = count == 0 ? FrontMatter.Empty.Extra : new Dictionary<string, string>(count, StringComparer.Ordinal);
        for (int i = 0; i < count; i++) ((Dictionary<string, string>)extra).Add(r.ReadString(), r.ReadString());
        return new FrontMatter(id, domain, weight, track, tags, (flags & 1) != 0, (flags & 2) != 0, extra);
    }

    private static void WriteRange(BinaryWriter w, SourceRange range)
    {
        w.Write7BitEncodedInt(range.Start.Line);
        w.Write7BitEncodedInt(range.Start.Character);
        w.Write7BitEncodedInt(range.End.Line);
        w.Write7BitEncodedInt(range.End.Character);
    }

    private static SourceRange ReadRange(ref SpanReader r) =>
        new(new SourcePosition(r.ReadInt(), r.ReadInt()), new SourcePosition(r.ReadInt(), r.ReadInt()));

    private static void WriteNullable(BinaryWriter w, string? text)
    {
        w.Write(text is not null);
        if (text is not null) w.Write(text);
    }

    private static void WriteList(BinaryWriter w, IReadOnlyList<string> texts)
    {
        w.Write7BitEncodedInt(texts.Count);
        foreach (var t in texts) w.Write(t);
    }

    private static string[] ReadList(ref SpanReader r)
    {
        var count = r.ReadCount();
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
