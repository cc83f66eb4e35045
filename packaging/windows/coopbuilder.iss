; Windows installer of CoopBuilder (Inno Setup 6): per user, no administrator rights.
;
;   iscc /DVersion=0.1.0 packaging\windows\coopbuilder.iss     (after scripts\build_dist.py)
;
; Installs dist\CoopBuilder into %LOCALAPPDATA%\Programs\CoopBuilder, a Start menu entry, and
; registers the exchange file (.coopagreement, application/vnd.coopbuilder.agreement+json) for
; the current user, so that a partner's file opens CoopBuilder with a double click. IT can roll
; it out silently: CoopBuilder-Setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART (and uninstall
; with "%LOCALAPPDATA%\Programs\CoopBuilder\unins000.exe" /VERYSILENT). The workspace and
; settings (%LOCALAPPDATA%\CoopBuilder) are never removed by the uninstaller.
;
; Signing (packaging\README.md): with a code-signing certificate, define a sign tool named
; "signtool" (iscc "/Ssigntool=signtool.exe sign /fd sha256 /tr http://timestamp.example /td
; sha256 /f cert.pfx /p PASSWORD $f") and compile with /DSign; the installer and uninstaller are
; then Authenticode-signed. Sign dist\CoopBuilder\*.exe before compiling.

#ifndef Version
  #define Version "0.0.0"
#endif

[Setup]
AppId={{6C1F3E0A-3B8E-4D4C-9F2B-8A1C2D3E4F50}
AppName=CoopBuilder
AppVersion={#Version}
AppVerName=CoopBuilder {#Version}
AppPublisher=CoopBuilder contributors
DefaultDirName={autopf}\CoopBuilder
DefaultGroupName=CoopBuilder
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
ChangesEnvironment=yes
LicenseFile=..\..\LICENSE
SetupIconFile=..\icons\coopbuilder.ico
UninstallDisplayIcon={app}\CoopBuilder.exe
OutputDir=..\..\dist
OutputBaseFilename=CoopBuilder-{#Version}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
#ifdef Sign
SignTool=signtool
SignedUninstaller=yes
#endif

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "de"; MessagesFile: "compiler:Languages\German.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "addtopath"; Description: "{cm:AddToPath}"; Flags: unchecked

[CustomMessages]
en.AddToPath=Add the command line (coopbuilder-cli) to my PATH
de.AddToPath=Die Kommandozeile (coopbuilder-cli) in meinen PATH aufnehmen

[Files]
Source: "..\..\dist\CoopBuilder\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\CoopBuilder"; Filename: "{app}\CoopBuilder.exe"
Name: "{autodesktop}\CoopBuilder"; Filename: "{app}\CoopBuilder.exe"; Tasks: desktopicon

[Registry]
; The file type, for this user (HKA is HKCU in a per-user installation).
Root: HKA; Subkey: "Software\Classes\.coopagreement"; ValueType: string; ValueName: ""; ValueData: "CoopBuilder.Agreement"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.coopagreement"; ValueType: string; ValueName: "Content Type"; ValueData: "application/vnd.coopbuilder.agreement+json"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.coopagreement\OpenWithProgids"; ValueType: string; ValueName: "CoopBuilder.Agreement"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\CoopBuilder.Agreement"; ValueType: string; ValueName: ""; ValueData: "CoopBuilder agreement"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\CoopBuilder.Agreement\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\CoopBuilder.exe,0"
Root: HKA; Subkey: "Software\Classes\CoopBuilder.Agreement\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\CoopBuilder.exe"" ""%1"""
; .json files may be opened with CoopBuilder too ("Open with"), without taking them over.
Root: HKA; Subkey: "Software\Classes\.json\OpenWithProgids"; ValueType: string; ValueName: "CoopBuilder.Agreement"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\MIME\Database\Content Type\application/vnd.coopbuilder.agreement+json"; ValueType: string; ValueName: "Extension"; ValueData: ".coopagreement"; Flags: uninsdeletekey

; The command line for this user's terminals (the task "addtopath"); taken out again on uninstall.
Root: HKCU; Subkey: "Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Tasks: addtopath; Check: NeedsAddPath(ExpandConstant('{app}'))

[Run]
Filename: "{app}\CoopBuilder.exe"; Description: "{cm:LaunchProgram,CoopBuilder}"; Flags: nowait postinstall skipifsilent

[Code]
function NeedsAddPath(Folder: string): Boolean;
var
  Paths: string;
begin
  if not RegQueryStringValue(HKEY_CURRENT_USER, 'Environment', 'Path', Paths) then
  begin
    Result := True;
    exit;
  end;
  Result := Pos(';' + Uppercase(Folder) + ';', ';' + Uppercase(Paths) + ';') = 0;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Paths, Folder: string;
  At: Integer;
begin
  if CurUninstallStep <> usPostUninstall then
    exit;
  if not RegQueryStringValue(HKEY_CURRENT_USER, 'Environment', 'Path', Paths) then
    exit;
  Folder := ExpandConstant('{app}');
  At := Pos(';' + Uppercase(Folder), Uppercase(Paths));
  if At > 0 then
  begin
    Delete(Paths, At, Length(Folder) + 1);
    RegWriteExpandStringValue(HKEY_CURRENT_USER, 'Environment', 'Path', Paths);
  end;
end;
