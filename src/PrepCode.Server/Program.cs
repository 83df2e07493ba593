using PrepCode.Server.Hosting;

// stdout is the protocol: grab it, then send the Console writer to stderr so no stray write can corrupt the stream.
var stdout = Console.OpenStandardOutput();
var stdin = Console.OpenStandardInput();
Console.SetOut(Console.Error);

if (args.Contains("--version"))
{
    Console.Error.WriteLine(typeof(ServerHost).Assembly.GetName().Version?.ToString(3));
    return 0;
}

Log.Info($"PrepCode server {typeof(ServerHost).Assembly.GetName().Version?.ToString(3)} starting (pid {Environment.ProcessId})");
await using var host = new ServerHost(stdout, stdin);
var code = await host.RunAsync();
Log.Info($"exiting with {code}");
return code;
