; Skillmix per-user installer for Windows (Inno Setup 6).
;
; Built by .github/workflows/package.yml after `python packaging/build.py`:
;   iscc /DAppVersion=0.1.0 /DSourceDir=..\..\dist\Skillmix /DOutputDir=..\..\dist packaging\windows\skillmix.iss
; Optional code signing: add /DSignTool=skillmixsign and define that sign tool on the iscc
; command line (/Sskillmixsign="signtool.exe sign /fd sha256 /tr <timestamp-url> /td sha256 /f cert.pfx /p $p $f"),
; see packaging/README.md.
;
; Why Inno Setup (not MSIX): a plain per-user .exe installer needs no admin rights, no
; sideloading policy and no certificate trusted by the machine to install (MSIX refuses to
; install unsigned, and sideloading is often disabled on NHS laptops); Intune and SCCM deploy
; it silently with /VERYSILENT; it is free and its scripts are plain text.
;
; Installs to %LOCALAPPDATA%\Programs\Skillmix (no admin), Start-menu entry, .skillmix files
; open in Skillmix (HKCU only), uninstall from Settings > Apps. The uninstaller removes only
; the program folder and these registry keys: plans (Documents), autosaves and settings
; (%APPDATA%\Skillmix) are the user's and are left alone.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\Skillmix"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

[Setup]
; AppId identifies Skillmix for upgrades and uninstall: never change it.
AppId={{6F1B7C52-2E0B-4C3A-9C1E-5B7D3A2F9E41}
AppName=Skillmix
AppVersion={#AppVersion}
AppVerName=Skillmix {#AppVersion}
AppPublisher=Skillmix
VersionInfoVersion={#AppVersion}
; Per-user: no UAC prompt, no admin rights. {autopf} is then %LOCALAPPDATA%\Programs.
PrivilegesRequired=lowest
DefaultDirName={autopf}\Skillmix
DefaultGroupName=Skillmix
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename=Skillmix-{#AppVersion}-setup
SetupIconFile={#SourceDir}\skillmix.ico
UninstallDisplayIcon={app}\Skillmix.exe
UninstallDisplayName=Skillmix {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Tell Explorer the .skillmix association changed.
ChangesAssociations=yes
; Close a running Skillmix before files are replaced (it saves nothing behind the user's back:
; unsaved work is in the autosave and offered back at the next start).
CloseApplications=yes
RestartApplications=no
#ifdef SignTool
SignTool={#SignTool}
SignedUninstaller=yes
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder bundle. Replaced on upgrade; [InstallDelete] clears files an older
; version had that this one no longer ships.
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{userprograms}\Skillmix"; Filename: "{app}\Skillmix.exe"; Comment: "Plan your practice's skill mix"
Name: "{userdesktop}\Skillmix"; Filename: "{app}\Skillmix.exe"; Tasks: desktopicon

[Registry]
; File association for .skillmix, per user (HKCU\Software\Classes): no admin rights needed.
; uninsdeletevalue/uninsdeletekey: the uninstaller removes exactly these keys.
Root: HKCU; Subkey: "Software\Classes\.skillmix"; ValueType: string; ValueName: ""; ValueData: "Skillmix.Plan"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\.skillmix\OpenWithProgids"; ValueType: string; ValueName: "Skillmix.Plan"; ValueData: ""; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\Skillmix.Plan"; ValueType: string; ValueName: ""; ValueData: "Skillmix plan"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\Skillmix.Plan\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\Skillmix.exe,0"
Root: HKCU; Subkey: "Software\Classes\Skillmix.Plan\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\Skillmix.exe"" open ""%1"""
Root: HKCU; Subkey: "Software\Classes\Applications\Skillmix.exe\SupportedTypes"; ValueType: string; ValueName: ".skillmix"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\Skillmix.exe"; Description: "{cm:LaunchProgram,Skillmix}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program itself leaves in its own folder (Python's caches). Never {userdocs}
; or {userappdata}\Skillmix: plans, autosaves and settings stay.
Type: filesandordirs; Name: "{app}\_internal\__pycache__"
