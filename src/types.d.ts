/** CSS files are bundled as text (webpack asset/source). */
declare module "*.css" {
  const text: string;
  export default text;
}
