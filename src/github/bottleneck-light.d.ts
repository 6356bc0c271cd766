// plugin-throttling loads Bottleneck's light build; the groups given to it are made from the same
// build, so that the bundle holds one Bottleneck. The package types only its full build.
declare module "bottleneck/light.js" {
  import Bottleneck from "bottleneck";
  export default Bottleneck;
}
