using PrepCode.Core.Indexing;

namespace PrepCode.Core.Tests.Indexing;

public sealed class DiskNoteFileSystemTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("prepcode-walk-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Write(string relative, string text = "# x\n")
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    [Fact]
    public void The_walk_keeps_markdown_notes_and_honours_gitignore_files_skipped_folders_and_symlinks()
    {
        Write("a.md");
        Write(".hidden/h.md");
        Write("notes/b.md");
        Write("notes/b.txt");
        Write("notes/drafts/d.md");
        Write("notes/.gitignore", "drafts/\n*.tmp.md\n");
        Write("notes/c.tmp.md");
        Write(".gitignore", "build\n");
        Write("build/out.md");
        Write("node_modules/pkg/readme.md");
        Write(".git/x.md");
        Write(".prepcode/y.md");
        Directory.CreateSymbolicLink(Path.Combine(_root, "loop"), _root);
        File.CreateSymbolicLink(Path.Combine(_root, "linked.md"), Path.Combine(_root, "a.md"));

        var fs = new DiskNoteFileSystem(_root);
        var paths = fs.EnumerateNotes().Select(n => n.Path).ToList();
        Assert.Equal([".hidden/h.md", "a.md", "linked.md", "notes/b.md"], paths);
        Assert.All(paths, p => Assert.True(fs.IsIndexed(p), p));
        Assert.False(fs.IsIndexed("notes/drafts/d.md"));
        Assert.Equal("# x\n", System.Text.Encoding.UTF8.GetString(fs.ReadAllBytes("notes/b.md")));
        Assert.Throws<OutsideWorkspaceException>(() => fs.ReadAllBytes("../outside.md"));
    }

    [Fact]
    public void Include_and_exclude_globs_replace_the_default()
    {
        Write("notes/a.md");
        Write("notes/a.markdown");
        Write("archive/old.md");
        var fs = new DiskNoteFileSystem(_root, ["**/*.md", "**/*.markdown"], ["archive/**"]);
        Assert.Equal(["notes/a.markdown", "notes/a.md"], fs.EnumerateNotes().Select(n => n.Path));
    }
}
